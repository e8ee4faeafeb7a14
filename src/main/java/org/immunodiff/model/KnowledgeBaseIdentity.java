package org.immunodiff.model;

/** Which knowledge base produced an answer: its version and the sha256 of its rules/ folder. */
public record KnowledgeBaseIdentity(String name, String version, String status, String sha256) { }
