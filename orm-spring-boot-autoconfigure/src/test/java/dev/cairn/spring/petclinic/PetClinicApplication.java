package dev.cairn.spring.petclinic;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application class: what {@code @CairnTest} finds, and the package it scans. */
@SpringBootApplication
public class PetClinicApplication {}
