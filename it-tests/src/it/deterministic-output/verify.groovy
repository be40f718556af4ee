import java.nio.file.Files
import java.nio.file.Path

// Four output trees: two modules at different absolute paths, each generated on JDK 17 and on JDK 25.
def log = new File(basedir, 'build.log').text
assert log.contains('running-on-jdk-25') : 'the second run did not check for JDK 25'
def trees = ['first', 'elsewhere/deeper/second'].collectMany { module ->
    ['jdk17', 'jdk25'].collect { run -> new File(basedir, "${module}/out-${run}").toPath() }
}

Map<String, byte[]> read(Path root) {
    assert Files.isDirectory(root) : "no output at ${root}"
    def files = new TreeMap<String, byte[]>()
    Files.walk(root).withCloseable { stream ->
        stream.filter { Files.isRegularFile(it) }.forEach { files[root.relativize(it).toString().replace('\\', '/')] = Files.readAllBytes(it) }
    }
    return files
}

def reference = read(trees[0])
// All three kinds of contract took part: a REST client, gRPC code and event producers.
assert reference.keySet().any { it.endsWith('PetstoreClient.java') } : "no OpenAPI client in ${reference.keySet()}"
assert reference.keySet().any { it.contains('/inventory/') && it.endsWith('Client.java') } : "no gRPC client in ${reference.keySet()}"
assert reference.keySet().any { it.endsWith('/orders/OrdersEvents.java') } : "no AsyncAPI events in ${reference.keySet()}"
assert reference.size() > 50 : "suspiciously few files: ${reference.size()}"

trees.drop(1).each { tree ->
    def other = read(tree)
    assert other.keySet() == reference.keySet() : "${tree} has other files than ${trees[0]}: " +
            "only there ${other.keySet() - reference.keySet()}, missing ${reference.keySet() - other.keySet()}"
    def different = reference.keySet().findAll { !Arrays.equals(reference[it], other[it]) }
    assert different.isEmpty() : "${tree} differs from ${trees[0]} in ${different}"
}

// No absolute path of this machine in any generated file (they would differ between the modules anyway,
// but a path common to both, like the IT's own base directory, would not show up in the comparison).
def machinePaths = [basedir.absolutePath, System.getProperty('user.home')]
reference.each { name, bytes ->
    def text = new String(bytes, 'UTF-8')
    machinePaths.each { assert !text.contains(it) : "${name} contains the absolute path ${it}" }
}
println "verified: ${reference.size()} files identical across 2 directories x JDK 17 and 25"
return true
