# Empty dependencies file for test_checked.
# This may be replaced when dependencies are built.
