package io.anke.samples.access.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A resident as a JPA entity, its identity number stored through the encrypting converter. */
@Entity
public class ResidentEntity {
  @Id Long id;

  @Convert(converter = EncryptedColumnConverter.class)
  @Column(name = "id_number", length = 200)
  String idNumber;

  String name;

  protected ResidentEntity() {}

  ResidentEntity(Long id, String idNumber, String name) {
    this.id = id;
    this.idNumber = idNumber;
    this.name = name;
  }
}
