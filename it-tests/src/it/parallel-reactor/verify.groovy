import java.nio.file.Files
import java.nio.file.Path

def modules = ['alpha', 'beta', 'gamma', 'delta']
def log = new File(basedir, 'build.log').text
assert log.contains('MultiThreadedBuilder') : 'the reactor was not built in parallel'

// Build 1 generates every module, build 2 finds every module up to date.
def summaries = log.readLines().findAll { it.startsWith('[INFO] contractgen:') }
assert summaries.size() == 8 : "expected one summary per module and build, got ${summaries}"
def generated = summaries.findAll { it ==~ /\[INFO\] contractgen: generated \d+ files from 4 contracts \(\d+ written, 0 unchanged, 0 removed\)/ }
def unchanged = summaries.findAll { it == '[INFO] contractgen: 4 contracts unchanged, nothing to do' }
assert generated.size() == 4 && unchanged.size() == 4 : "summaries: ${summaries}"
assert summaries.take(4) == generated : "the first build did not generate every module first: ${summaries}"

// Each module's output holds its own package only, and the same files as every other module once the
// package name is set aside: nothing of one module leaked into, or went missing from, another.
Map<String, String> tree(String module) {
    def root = new File(basedir, "${module}/target/generated-sources/contractgen").toPath()
    def files = new TreeMap<String, String>()
    Files.walk(root).withCloseable { stream ->
        stream.filter { Files.isRegularFile(it) }.forEach { file ->
            def name = root.relativize(file).toString().replace('\\', '/')
            if (name == '.contractgen-state') {
                return // each module's own record; its fingerprint covers the package, so it differs
            }
            // inventory.proto names its own java_package, which wins over basePackage.
            assert name.startsWith("com/example/${module}/") || name.startsWith('io/github/contractgen/sample/inventory/') :
                    "${module} generated ${name}"
            files[name.replace("com/example/${module}/", 'com/example/MODULE/')] =
                    Files.readString(file).replace("com.example.${module}", 'com.example.MODULE')
        }
    }
    return files
}

def reference = tree(modules[0])
assert reference.keySet().any { it.endsWith('PetstoreClient.java') } && reference.keySet().any { it.endsWith('InventoryClient.java') }
modules.drop(1).each { module ->
    def other = tree(module)
    assert other.keySet() == reference.keySet() : "${module}: ${other.keySet() - reference.keySet()} / ${reference.keySet() - other.keySet()}"
    assert other.findAll { name, text -> reference[name] != text }.isEmpty() : "${module} differs from ${modules[0]}"
    // And it compiled: the generated clients of all three kinds are classes now.
    ["com/example/${module}/petstore/PetstoreClient", "com/example/${module}/orders/OrdersEvents",
     'io/github/contractgen/sample/inventory/v1/InventoryClient'].each {
        assert new File(basedir, "${module}/target/classes/${it}.class").isFile() : "${module}: no ${it}.class"
    }
}
println "verified: ${modules.size()} modules x ${reference.size()} files, built twice with -T 4"
return true
