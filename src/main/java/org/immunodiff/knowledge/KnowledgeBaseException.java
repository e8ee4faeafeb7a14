package org.immunodiff.knowledge;

/** The knowledge base cannot be loaded: a table row or a rule is wrong. The message names the file and line. */
public class KnowledgeBaseException extends RuntimeException {
    public KnowledgeBaseException(String message) { super(message); }

    public KnowledgeBaseException(String message, Throwable cause) { super(message, cause); }

    public static KnowledgeBaseException at(String file, long line, String problem) {
        return new KnowledgeBaseException(file + ":" + line + ": " + problem);
    }
}
