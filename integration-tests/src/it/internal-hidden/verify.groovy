// The build must fail for the right reason: the internal package is not exported.
def log = new File(basedir, 'build.log').text
assert log.contains('package org.bulletins.parser.internal is declared in module org.bulletins.parser, which does not export it')
