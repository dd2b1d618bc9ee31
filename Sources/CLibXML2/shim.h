#ifndef FIGURES_CLIBXML2_SHIM_H
#define FIGURES_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, and encoding.h then pulls the system's ICU headers into this
 * module, whose UErrorCode clashes with the newer one in Foundation's _FoundationICU as soon as
 * one compiler job sees both. Nothing here touches ICU: only the layout of the encoding handler
 * changes, and Swift only ever holds that by pointer. */
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>

/* Swift 6 refuses libxml2's global `xmlFree` (a mutable function pointer): call it from C. */
static inline void figures_xmlFree(void *pointer) {
    xmlFree(pointer);
}

#endif
