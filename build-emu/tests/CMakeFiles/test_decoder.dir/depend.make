# Empty dependencies file for test_decoder.
# This may be replaced when dependencies are built.
