namespace Tsunagu.Domain.Drugs;

/// <summary>The Japanese names of <see cref="InteractionLevel"/> as interaction tables write them.</summary>
public static class InteractionLevels
{
    public const string ContraindicatedName = "併用禁忌";

    public const string CautionName = "併用注意";

    /// <summary>The level named 併用禁忌 or 併用注意, else null.</summary>
    public static InteractionLevel? Parse(string name) => name switch
    {
        ContraindicatedName => InteractionLevel.Contraindicated,
        CautionName => InteractionLevel.Caution,
        _ => null,
    };

    public static string Name(InteractionLevel level) => level == InteractionLevel.Contraindicated ? ContraindicatedName : CautionName;
}
