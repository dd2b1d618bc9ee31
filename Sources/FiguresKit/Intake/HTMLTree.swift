// This file alone talks to libxml2, and it must not import Foundation: Foundation and
// libxml2's headers both bring ICU's types, and the two clash in one file. It hands back plain
// Swift values that the rest of Intake reads with Foundation at hand.
import CLibXML2

/// An HTML document as libxml2's HTML parser repaired it, flattened into an array so that
/// walking a deeply nested page needs no recursion.
struct HTMLTree: Sendable {
    /// An element (with a name) or a run of text (without one).
    struct Node: Sendable {
        /// The lower-case element name; nil for text.
        var name: String?
        /// Lower-case attribute names and their decoded values.
        var attributes: [String: String] = [:]
        /// The text of a text node, entities decoded; empty for an element.
        var text = ""
        /// Indices of the children, in document order.
        var children: [Int] = []

        func attribute(_ name: String) -> String? { attributes[name] }
    }

    /// Every node in document order; the root element is at index 0.
    var nodes: [Node]

    /// libxml2 wants its globals set up once before threads share the parser.
    private static let setUp: Void = xmlInitParser()

    /// Parses `bytes` with libxml2's forgiving HTML parser: broken markup is repaired, not
    /// refused. `encoding` names the bytes' charset; nil lets libxml2 read it from the page.
    /// Nil only when nothing at all could be parsed.
    init?(bytes: [UInt8], encoding: String?) {
        _ = HTMLTree.setUp
        guard !bytes.isEmpty else { return nil }
        // XML_PARSE_HUGE lifts the nesting limit of 256, past which libxml2 drops the whole
        // page, not just the deep part; the size cap on inputs bounds what it lets through.
        let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | XML_PARSE_HUGE.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                htmlReadMemory(chars.baseAddress, Int32(clamping: chars.count), nil, encoding, options)
            }
        }
        guard let document = parsed else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        nodes = HTMLTree.flatten(root, in: document)
    }

    /// Walks libxml2's tree with an explicit stack, keeping elements and text only
    /// (comments, processing instructions and the DTD carry nothing to read).
    private static func flatten(_ root: xmlNodePtr, in document: xmlDocPtr) -> [Node] {
        var nodes: [Node] = []
        var stack: [(xmlNodePtr, Int?)] = [(root, nil)]
        while let (pointer, parent) = stack.popLast() {
            let node = pointer.pointee
            var converted: Node
            switch node.type {
            case XML_ELEMENT_NODE:
                converted = Node(name: string(node.name).lowercased())
                var attribute = node.properties
                while let current = attribute {
                    let name = string(current.pointee.name).lowercased()
                    if converted.attributes[name] == nil {
                        converted.attributes[name] = value(of: current, in: document)
                    }
                    attribute = current.pointee.next
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                converted = Node(name: nil, text: string(node.content))
            default:
                continue
            }
            let index = nodes.count
            nodes.append(converted)
            if let parent { nodes[parent].children.append(index) }
            if node.type == XML_ELEMENT_NODE {
                var children: [xmlNodePtr] = []
                var child = node.children
                while let current = child {
                    children.append(current)
                    child = current.pointee.next
                }
                // Reversed, so that the first child is taken next and indices follow the document.
                for child in children.reversed() { stack.append((child, index)) }
            }
        }
        return nodes
    }

    private static func value(of attribute: xmlAttrPtr, in document: xmlDocPtr) -> String {
        guard let raw = xmlNodeListGetString(document, attribute.pointee.children, 1) else { return "" }
        defer { figures_xmlFree(raw) }
        return string(raw)
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    private static func string(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String {
        string(UnsafePointer(pointer))
    }
}
