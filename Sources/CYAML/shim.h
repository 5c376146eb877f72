#ifndef KOS_CYAML_SHIM_H
#define KOS_CYAML_SHIM_H
#include <yaml.h>
#endif
