package org.immunodiff.cli;

import org.immunodiff.model.Detail;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** --detail full|brief, any case, with the model's own message for anything else. */
final class DetailConverter implements ITypeConverter<Detail> {
    @Override
    public Detail convert(String value) {
        try {
            return Detail.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
