def log = new File(basedir, 'build.log').text
def summary = log.readLines().find { it.startsWith('[INFO] contractgen: generated') }
assert summary ==~ /\[INFO\] contractgen: generated \d+ files from 1 contract \(\d+ written, 0 unchanged, 0 removed\)/ : "summary: ${summary}"
def output = new File(basedir, 'target/generated-sources/contractgen/com/example/big/big')
assert new File(output, 'model/Thing0.java').isFile() && new File(output, 'model/Thing1499.java').isFile() : "models missing in ${output}"
def java = []
output.eachFileRecurse(groovy.io.FileType.FILES) { if (it.name.endsWith('.java')) java << it }
assert java.size() > 1500 : "only ${java.size()} Java files"
println "verified: ${java.size()} Java files from a ${new File(basedir, 'src/main/contracts/big.yaml').length()} byte contract"
return true
