namespace Tsunagu.Server.Demo.Generation;

/// <summary>Who lives together (世帯の家族類型), in the order of the weights in <see cref="HouseholdComposer"/>.</summary>
internal enum HouseholdShape
{
    /// <summary>単独世帯.</summary>
    Single,

    /// <summary>夫婦のみの世帯.</summary>
    Couple,

    /// <summary>夫婦と子供から成る世帯.</summary>
    CoupleWithChildren,

    /// <summary>ひとり親と子供から成る世帯.</summary>
    SingleParent,

    /// <summary>三世代世帯: a couple, their children and a parent.</summary>
    ThreeGenerations,
}
