import java.nio.file.Files
import java.time.OffsetDateTime

// Both builds log into the same build.log, one after the other.
def log = new File(basedir, 'build.log').text
def summaries = log.readLines().findAll { it.startsWith('[INFO] contractgen:') }
assert summaries.size() == 2 : "expected one summary per build, got ${summaries}"
assert summaries[0] ==~ /\[INFO\] contractgen: generated \d+ files from 1 contract \(\d+ written, 0 unchanged, 0 removed\)/ :
        "first build: ${summaries[0]}"
assert summaries[1] == '[INFO] contractgen: 1 contract unchanged, nothing to do' : "second build: ${summaries[1]}"

// No output file was touched by the second build: each was last modified before the first build
// finished. Maven logs that moment to the second, so allow for the truncated fraction; the second
// build cannot write within that second, since starting Maven alone takes longer.
def firstFinished = OffsetDateTime.parse((log =~ /Finished at: (\S+)/)[0][1]).toInstant().plusSeconds(1)
def output = new File(basedir, 'target/generated-sources/contractgen')
def files = []
output.eachFileRecurse(groovy.io.FileType.FILES) { files << it }
assert files.any { it.name.endsWith('.java') } : "no Java file generated in ${output}"
files.each { file ->
    def modified = Files.getLastModifiedTime(file.toPath()).toInstant()
    assert modified.isBefore(firstFinished) : "${file} was rewritten by the second build (${modified} >= ${firstFinished})"
}

// Under the Maven 3.8 execution, prove that it was Maven 3.8 that ran the build.
if (binding.hasVariable('expectedMavenVersion')) {
    assert mavenVersion.startsWith(expectedMavenVersion) : "expected Maven ${expectedMavenVersion}x, ran ${mavenVersion}"
}
println "verified under Maven ${mavenVersion}"
return true
