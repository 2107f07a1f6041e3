namespace Tsunagu.Domain.Prescriptions;

/// <summary>
/// Shape rules of the drug code systems: レセ電 9 digits; 薬価基準・YJ・一般名 12 characters of digits and capital letters
/// (一般名 ends in ZZZ for most items, not always); HOT 7, 9 or 13 digits; GTIN 14 digits. Check digits are not checked
/// (the YJ/薬価 algorithm is unpublished).
/// </summary>
public static class DrugCodes
{
    public static bool HasValidShape(DrugCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.System switch
        {
            DrugCodeSystem.Receipt => Digits(code.Value, 9),
            DrugCodeSystem.PriceListing or DrugCodeSystem.Yj or DrugCodeSystem.GenericName =>
                code.Value.Length == 12 && code.Value.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c)),
            DrugCodeSystem.Hot7 => Digits(code.Value, 7),
            DrugCodeSystem.Hot9 => Digits(code.Value, 9),
            DrugCodeSystem.Hot13 => Digits(code.Value, 13),
            _ => Digits(code.Value, 14),
        };
    }

    private static bool Digits(string value, int length) => value.Length == length && value.All(char.IsAsciiDigit);
}
