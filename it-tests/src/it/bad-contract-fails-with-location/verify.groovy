// Both broken contracts are reported, each as file:line:col, and the build fails having written nothing.
def lines = new File(basedir, 'build.log').readLines()
def located = { String file ->
    lines.findAll { it ==~ /\[ERROR\] src\/main\/contracts\/${file}:\d+:\d+: .+/ }
}
def orders = located('orders\\.yaml')
def users = located('users\\.yaml')
assert orders : "no located error for orders.yaml (a remote \$ref, refused by default) in build.log"
assert users : "no located error for users.yaml (a YAML syntax error) in build.log"
// The remote $ref stands on line 21 (its schema on 20); the unclosed flow sequence opens on line 11
// and is noticed at the end of the file, line 12.
assert orders.any { it =~ /orders\.yaml:2[01]:/ } : "orders.yaml error not at line 20 or 21: ${orders}"
assert users.any { it =~ /users\.yaml:1[12]:/ } : "users.yaml error not at line 11 or 12: ${users}"
assert lines.any { it.contains('BUILD FAILURE') }
assert !new File(basedir, 'target/generated-sources/contractgen').exists() : 'a failed run must not write output'

// Under the Maven 3.8 and Maven 4 executions, prove which Maven ran the build.
if (binding.hasVariable('expectedMavenVersion')) {
    assert mavenVersion.startsWith(expectedMavenVersion) : "expected Maven ${expectedMavenVersion}x, ran ${mavenVersion}"
}
return true
