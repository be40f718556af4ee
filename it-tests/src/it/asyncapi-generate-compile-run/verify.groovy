// The build ran the project's own test against the generated events code; check what was generated too.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0') : 'the events test did not run and pass'
def events = new File(basedir, 'target/generated-sources/contractgen/com/example/events/parcels/ParcelsEvents.java')
assert events.isFile() : "missing ${events}"
def source = events.text
assert source.contains('@Generated') && (source =~ /contractgen [^ ]+ from src\/main\/contracts\/parcels\.yaml/).find() : '@Generated must name the contract'
assert !source.contains(basedir.absolutePath) : 'generated code must hold no absolute path'
assert new File(events.parentFile, 'model/ParcelScanned.java').isFile() : 'missing the payload record'

// Under the Maven 3.8 execution, prove that it was Maven 3.8 that ran the build.
if (binding.hasVariable('expectedMavenVersion')) {
    assert mavenVersion.startsWith(expectedMavenVersion) : "expected Maven ${expectedMavenVersion}x, ran ${mavenVersion}"
}
println "verified under Maven ${mavenVersion}"
return true
