# Empty dependencies file for lpcunroll-gen.
# This may be replaced when dependencies are built.
