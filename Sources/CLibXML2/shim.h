#ifndef NEWSFACTS_CLIBXML2_SHIM_H
#define NEWSFACTS_CLIBXML2_SHIM_H
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlstring.h>
#include <libxml/encoding.h>

/* xmlFree is a global function pointer; Swift 6 refuses shared mutable state, so call it here. */
static inline void newsfacts_xml_free(void *pointer) { xmlFree(pointer); }
#endif
