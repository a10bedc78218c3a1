file(REMOVE_RECURSE
  "liblpcunroll.a"
)
