// Skipping logs one line, writes nothing, and still registers the output directory as a source root.
def log = new File(basedir, 'build.log').text
def skipped = log.readLines().findAll { it.startsWith('[INFO] contractgen:') }
assert skipped == ['[INFO] contractgen: skipped (contractgen.skip=true)'] : "expected one skip line, got ${skipped}"
assert !new File(basedir, 'generated/.contractgen-state').exists() : 'skip must not write the state file'
assert !new File(basedir, 'target/contractgen').exists() : 'skip must not create the work directory'
assert new File(basedir, 'generated').listFiles().collect { it.name } == ['com'] : 'skip must not write files'
assert new File(basedir, 'target/classes/com/example/skip/Earlier.class').isFile() :
        'the output directory must be a compile source root even when skipped'
return true
