/** Parsers that keep line numbers: properties, YAML (SnakeYAML node API) and XML (SAX). */
package io.anke.scan.config.internal;
