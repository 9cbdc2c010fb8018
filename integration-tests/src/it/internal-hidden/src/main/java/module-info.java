module sneaky {
  requires org.bulletins.parser;
}
