# Empty dependencies file for test_residual.
# This may be replaced when dependencies are built.
