/**
 * The bundled profiles (YAML files beside this package) and their {@link
 * io.anke.core.profile.ProfileSource} registration.
 */
package io.anke.rules.profiles;
