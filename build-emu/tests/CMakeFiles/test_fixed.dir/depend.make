# Empty dependencies file for test_fixed.
# This may be replaced when dependencies are built.
