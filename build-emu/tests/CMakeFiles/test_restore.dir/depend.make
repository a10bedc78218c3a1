# Empty dependencies file for test_restore.
# This may be replaced when dependencies are built.
