// The build ran the project's own test against the generated client; check what was generated too.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0') : 'the client test did not run and pass'

def output = new File(basedir, 'target/generated-sources/contractgen')
['PaymentsGrpc', 'PaymentsClient', 'PaymentsAsyncClient', 'PayRequest', 'Receipt'].each { name ->
    assert new File(output, "com/example/payments/v1/${name}.java").isFile() : "missing ${name}.java"
}
// Nothing is generated for the protos of the jars: their classes are used.
['com/google/type', 'com/google/rpc', 'com/google/protobuf'].each { dir ->
    assert !new File(output, dir).exists() : "${dir} was generated again"
}
def client = new File(output, 'com/example/payments/v1/PaymentsClient.java').text
assert !client.contains(basedir.absolutePath) : 'generated code must hold no absolute path'

// The jars' protos were unpacked once each, under the work directory, keyed by content.
def cache = new File(basedir, 'target/contractgen/proto-dependencies')
def unpacked = cache.listFiles().findAll { it.isDirectory() }
assert unpacked.any { new File(it, 'google/type/money.proto').isFile() } : "money.proto not unpacked under ${cache}"
assert unpacked.any { new File(it, 'google/protobuf/timestamp.proto').isFile() } : "protobuf-java's protos not unpacked under ${cache}"
assert unpacked.every { it.name ==~ /[0-9a-f]{64}/ } : "cache directories are not content keys: ${unpacked*.name}"

if (binding.hasVariable('expectedMavenVersion')) {
    assert mavenVersion.startsWith(expectedMavenVersion) : "expected Maven ${expectedMavenVersion}x, ran ${mavenVersion}"
}
println "verified under Maven ${mavenVersion}"
return true
