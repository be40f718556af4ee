// Writes a valid OpenAPI contract of more than 50 MB into src/main/contracts: 1,500 operations in 40
// tags, 1,500 schemas that refer to one another, and a large response example per operation, as big
// real-world descriptions carry. Fully determined by the loop indices, so every run writes the same bytes.
import java.nio.file.Files

int operations = 1500
long minimumBytes = 50L * 1024 * 1024
def contracts = new File(basedir, 'src/main/contracts')
contracts.mkdirs()
def file = new File(contracts, 'big.yaml')

String words(int seed, int count) {
    def vocabulary = ['order', 'warehouse', 'shipment', 'invoice', 'customer', 'parcel', 'region', 'carrier',
                      'status', 'account', 'ledger', 'payment', 'refund', 'catalog', 'price', 'stock']
    def text = new StringBuilder()
    for (int i = 0; i < count; i++) {
        text.append(i == 0 ? '' : ' ').append(vocabulary[(seed * 31 + i * 7) % vocabulary.size()])
    }
    return text.toString()
}

file.withWriter('UTF-8') { out ->
    out << 'openapi: 3.0.3\ninfo:\n  title: Big\n  version: 1.0.0\n  description: A generated contract of more than 50 MB.\n'
    out << 'servers:\n  - url: https://big.example.com/v1\npaths:\n'
    for (int i = 0; i < operations; i++) {
        out << "  /things${i}/{id}:\n    get:\n      operationId: getThing${i}\n      tags: [group${i % 40}]\n"
        out << "      summary: Reads thing ${i}\n      description: ${words(i, 120)}\n"
        out << "      parameters:\n        - name: id\n          in: path\n          required: true\n          schema: {type: string}\n"
        out << "        - name: expand\n          in: query\n          schema: {type: array, items: {type: string}}\n"
        out << "      responses:\n        '200':\n          description: The thing\n          content:\n"
        out << "            application/json:\n              schema: {\$ref: '#/components/schemas/Thing${i}'}\n"
        out << "              example: ["
        for (int e = 0; e < 170; e++) {
            out << (e == 0 ? '' : ', ') << "{\"id\": \"thing-${i}-${e}\", \"count\": ${e}, \"price\": ${i}.${e}, " +
                    "\"note\": \"${words(i + e, 14)}\", \"tags\": [\"a${e}\", \"b${i}\"]}"
        }
        out << "]\n        '404':\n          description: No such thing\n"
    }
    out << 'components:\n  schemas:\n'
    for (int i = 0; i < operations; i++) {
        out << "    Thing${i}:\n      type: object\n      description: ${words(i, 60)}\n      required: [id]\n      properties:\n"
        out << "        id: {type: string, description: '${words(i + 1, 20)}'}\n"
        out << "        count: {type: integer, format: int64}\n        price: {type: number}\n"
        out << "        created: {type: string, format: date-time}\n        active: {type: boolean}\n"
        out << "        labels: {type: object, additionalProperties: {type: string}}\n"
        out << "        kind: {type: string, enum: [small, medium, large]}\n"
        out << "        next: {\$ref: '#/components/schemas/Thing${(i + 1) % operations}'}\n"
        out << "        related: {type: array, items: {\$ref: '#/components/schemas/Thing${(i * 7) % operations}'}}\n"
    }
}
assert file.length() > minimumBytes : "the big contract has only ${file.length()} bytes"
println "wrote ${file} (${file.length()} bytes)"
return true
