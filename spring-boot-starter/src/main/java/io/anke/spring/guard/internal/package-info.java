/** How the guard is run during Spring Boot's start-up and how its failure is reported. */
package io.anke.spring.guard.internal;
