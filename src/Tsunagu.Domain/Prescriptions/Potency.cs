namespace Tsunagu.Domain.Prescriptions;

/// <summary>力価フラグ / 力価区分: whether the quantity counts the preparation or the active ingredient.</summary>
public enum Potency
{
    /// <summary>1 薬価単位 (製剤量).</summary>
    Preparation = 1,

    /// <summary>2 力価 (原薬量).</summary>
    Ingredient = 2,
}
