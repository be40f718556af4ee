// The build ran the project's own test against the generated clients; check what was generated too.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0') : 'the client test did not run and pass'

def generated = new File(basedir, 'target/generated-sources/contractgen/com/example/clock/v1')
['ClockGrpc', 'ClockClient', 'ClockAsyncClient', 'TimeReply', 'Tick'].each { name ->
    assert new File(generated, "${name}.java").isFile() : "missing ${name}.java in ${generated}"
}
def client = new File(generated, 'ClockClient.java').text
assert client.contains('@Generated') && (client =~ /contractgen [^ ]+ from src\/main\/contracts\/example\/clock\/v1\/clock\.proto/).find() : '@Generated must name the contract'
assert !client.contains(basedir.absolutePath) : 'generated code must hold no absolute path'

// The well-known types come from protobuf-java, not from a second generated copy.
assert !new File(basedir, 'target/generated-sources/contractgen/com/google/protobuf').exists() : 'well-known types were generated again'
// protoc came from the Maven repository, resolved by the plugin for this platform.
def protoc = new File(basedir, 'target/contractgen/protoc')
assert protoc.exists() : "protoc was not resolved under ${protoc}"

// Under the Maven 3.8 execution, prove that it was Maven 3.8 that ran the build.
if (binding.hasVariable('expectedMavenVersion')) {
    assert mavenVersion.startsWith(expectedMavenVersion) : "expected Maven ${expectedMavenVersion}x, ran ${mavenVersion}"
}
println "verified under Maven ${mavenVersion}"
return true
