using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Server.Demo.History;

/// <summary>
/// The 用法 of the demo prescriptions: JAMI 16-digit codes (電子処方箋用法マスタ, code kind 3) where the reference gives
/// one (identifiers.md §10), else the uncodable dummy <c>0X0XXXXXXXXX0000</c> with the text, as EPS allows.
/// </summary>
internal static class DemoUsages
{
    private const string UsageMaster = "3";
    private const string Uncodable = "0X0XXXXXXXXX0000";

    public static RpUsage AfterBreakfast { get; } = new(UsageMaster, "1011000400000000", "1日1回朝食後", 1);

    public static RpUsage AtBedtime { get; } = new(UsageMaster, "1011100000000000", "1日1回就寝前", 1);

    public static RpUsage AfterBreakfastAndDinner { get; } = new(UsageMaster, "1012040400000000", "1日2回朝夕食後", 2);

    public static RpUsage AfterMeals { get; } = new(UsageMaster, "1013044400000000", "1日3回朝昼夕食後", 3);

    public static RpUsage WhenInPain { get; } = new(UsageMaster, "1050110000000000", "疼痛時", null);

    public static RpUsage WhenFeverish { get; } = new(UsageMaster, Uncodable, "発熱時", null);

    public static RpUsage AtChestPain { get; } = new(UsageMaster, Uncodable, "胸痛発作時 舌下", null);

    public static RpUsage AtHeadache { get; } = new(UsageMaster, Uncodable, "頭痛時", null);

    public static RpUsage SpreadThreeTimes { get; } = new(UsageMaster, "2B73000000000000", "1日3回 患部に塗布", 3);

    public static RpUsage SpreadTwice { get; } = new(UsageMaster, Uncodable, "1日2回 患部に塗布", 2);

    public static RpUsage PatchOnce { get; } = new(UsageMaster, Uncodable, "1日1回 患部に貼付", 1);

    public static RpUsage PatchTwice { get; } = new(UsageMaster, Uncodable, "1日2回 患部に貼付", 2);
}
