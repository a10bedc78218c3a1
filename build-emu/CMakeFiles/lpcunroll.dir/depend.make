# Empty dependencies file for lpcunroll.
# This may be replaced when dependencies are built.
