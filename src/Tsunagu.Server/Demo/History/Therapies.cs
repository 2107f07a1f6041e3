using Tsunagu.Domain.Prescriptions;
using static Tsunagu.Server.Demo.History.DemoUsages;

namespace Tsunagu.Server.Demo.History;

/// <summary>
/// The therapies of the demo history, all over the demo drug master: long-term ones refilled every few weeks (降圧薬,
/// 脂質異常症, 糖尿病, 胃薬, 抗血小板薬, 睡眠薬, 便秘薬, 抗アレルギー薬, …), acute 内服 (感冒, 抗菌薬, 鎮痛薬, 抗真菌薬 パルス療法, …),
/// 外用 (湿布, 軟膏) and 頓服. Weights are rough outpatient frequencies; the drugs of the well-known 併用禁忌 pairs
/// (トリアゾラム, シンバスタチン, アゼルニジピン, スボレキサント, ラメルテオン, チザニジン, 硝酸薬 on one side;
/// イトラコナゾール, クラリスロマイシン, シプロフロキサシン, フルボキサミン, シルデナフィル on the other) are among them,
/// so that a check sometimes meets one.
/// </summary>
internal static class Therapies
{
    private static readonly int[] Monthly = [90];
    private static readonly int[] Psychotropic = [30];
    private static readonly int[] AcuteDays = [7, 7, 10, 14];
    private static readonly int[] PulseDays = [7];
    private static readonly int[] SeasonalDays = [14, 28];
    private static readonly int[] Times = [5, 10];
    private static readonly int[] Sheets = [14, 21, 28];
    private static readonly int[] LongSheets = [28, 56];
    private static readonly int[] SmallTubes = [5, 10];
    private static readonly int[] Tubes = [25, 50];

    /// <summary>Long-term therapies: written for the refill interval, by the person's own doctor.</summary>
    public static IReadOnlyList<Therapy> LongTerm { get; } =
    [
        Oral("ccb", 10, AfterBreakfast, Monthly, D("2171022F2025", 1)),
        Oral("ccb", 6, AfterBreakfast, Monthly, D("2171022F2041", 1)),
        Oral("ccb", 3, AfterBreakfast, Monthly, D("2171022F1010", 1)),
        Oral("ccb", 3, AfterBreakfast, Monthly, D("2149043F1020", 1)),
        Oral("arb", 4, AfterBreakfast, Monthly, D("2149040F3029", 1)),
        Oral("arb", 4, AfterBreakfast, Monthly, D("2149042F2021", 1)),
        Oral("arb", 4, AfterBreakfast, Monthly, D("2149044F6026", 1)),
        Oral("arb", 2, AfterBreakfast, Monthly, D("2149039F1031", 1)),
        Oral("beta", 1.5, AfterBreakfast, Monthly, D("2149032F1021", 1)),
        Oral("statin", 6, AfterBreakfast, Monthly, D("2189017F1022", 1)),
        Oral("statin", 5, AfterBreakfast, Monthly, D("2189015F1023", 1)),
        Oral("statin", 3, AfterBreakfast, Monthly, D("2189011F1025", 1)),
        Oral("statin", 1, AfterBreakfast, Monthly, D("2189011F1220", 1)),
        Oral("ezetimibe", 2, AfterBreakfast, Monthly, D("2189018F1027", 1)),
        Oral("diabetes", 4, AfterMeals, Monthly, D("3962002F1071", 3)),
        Oral("acid", 3, AfterBreakfastAndDinner, Monthly, D("2325003F2020", 2)),
        Oral("acid", 3, AfterBreakfast, Monthly, D("2329023F1020", 1)),
        Oral("acid", 3, AfterBreakfast, Monthly, D("2329030F1020", 1)),
        Oral("acid", 2, AfterBreakfast, Monthly, D("2329029M1027", 1)),
        Oral("mucosa", 2, AfterMeals, Monthly, D("2329021F1102", 3)),
        Oral("antiplatelet", 4, AfterBreakfast, Monthly, D("3399007H1021", 1)),
        Oral("antiplatelet", 1, AfterBreakfast, Monthly, D("3399007H1013", 1)),
        Oral("antiplatelet", 1, AfterBreakfast, Monthly, D("3399102F1026", 1)),
        Oral("anticoagulant", 1, AfterBreakfast, Monthly, D("3332001D1023", 1.5m)),
        Oral("sleep", 3, AtBedtime, Psychotropic, D("1124007F2026", 1)),
        Oral("sleep", 1, AtBedtime, Psychotropic, D("1124007F2018", 1)),
        Oral("sleep", 3, AtBedtime, Psychotropic, D("1124009F1223", 1)),
        Oral("sleep", 3, AtBedtime, Psychotropic, D("1129009F1025", 1)),
        Oral("sleep", 2, AtBedtime, Psychotropic, D("1190023F1024", 1)),
        Oral("sleep", 1, AtBedtime, Psychotropic, D("1190023F2020", 1)),
        Oral("sleep", 2, AtBedtime, Psychotropic, D("1190016F1024", 1)),
        Oral("sleep", 1, AtBedtime, Psychotropic, D("1190016F1067", 1)),
        Oral("anxiety", 2, AfterMeals, Psychotropic, D("1179025F1026", 3)),
        Oral("ssri", 1, AfterBreakfastAndDinner, Monthly, D("1179039F1028", 2)),
        Oral("ssri", 1, AfterBreakfastAndDinner, Monthly, D("1179039F1036", 2)),
        Oral("ssri", 0.5, AfterBreakfastAndDinner, Monthly, D("1179039F2032", 2)),
        Oral("laxative", 4, AfterMeals, Monthly, D("2344002X1012", 1.5m)),
        Oral("laxative", 1, AfterMeals, Monthly, D("2344003F1038", 3)),
        Oral("allergy", 3, AfterBreakfastAndDinner, Monthly, D("4490023F1024", 2), PatientAges.Everyone),
        Oral("allergy", 2, AtBedtime, Monthly, D("4490028F1027", 1), PatientAges.Everyone),
        Oral("asthma", 2, AtBedtime, Monthly, D("4490026F2040", 1), PatientAges.Everyone),
        Oral("asthma", 1, AfterBreakfastAndDinner, Monthly, D("4490017M1036", 4)),
        Oral("neuropathy", 2, AfterBreakfastAndDinner, Monthly, D("1190017M2024", 2)),
        Oral("neuropathy", 1, AfterBreakfastAndDinner, Monthly, D("1190017F1029", 2)),
        Oral("nsaid", 2, AfterBreakfastAndDinner, Monthly, D("1149037F1020", 2)),
        Oral("tramadol", 1, AfterMeals, Monthly, D("1149117F1020", 3)),
        Oral("muscle", 1.5, AfterMeals, Monthly, D("1249010F1026", 3)),
        Oral("muscle", 1, AfterMeals, Monthly, D("1249010F1271", 3)),
        Oral("nitrate", 1.5, AfterBreakfastAndDinner, Monthly, D("2171011G1123", 2)),
        Oral("nitrate", 1, AfterBreakfastAndDinner, Monthly, D("2171011N1050", 2)),
        Oral("pde5", 0.3, AfterMeals, Monthly, D("2190028F1021", 3)),
        Oral("steroid", 1, AfterBreakfast, Monthly, D("2456001F3011", 1)),
        External("nitrate-patch", 0.7, PatchOnce, LongSheets, D("2171700S1095")),
        External("nitrate-patch", 0.5, PatchOnce, LongSheets, D("2171701S2037")),
        External("moisturizer", 2, SpreadTwice, Tubes, D("3339950M1137")),
        External("pain-patch", 3, PatchOnce, LongSheets, D("2649735S2024")),
    ];

    /// <summary>Acute 内服 written at one visit for a week or two.</summary>
    public static IReadOnlyList<Therapy> Acute { get; } =
    [
        Oral("cold", 5, AfterMeals, AcuteDays, D("2233002F1174", 3), D("2239001F1696", 3), PatientAges.Everyone),
        Oral("cold", 3, AfterMeals, AcuteDays, D("2223001F2099", 3), D("2233002F1174", 3)),
        Oral("cold", 2, AfterMeals, AcuteDays, D("5200013D1123", 7.5m)),
        Oral("antibiotic", 3, AfterBreakfastAndDinner, AcuteDays, D("6149003F2038", 2)),
        Oral("antibiotic", 1, AfterBreakfastAndDinner, AcuteDays, D("6149003F2020", 2)),
        Oral("antibiotic", 1.5, AfterBreakfastAndDinner, AcuteDays, D("6149003F1031", 2), PatientAges.Children),
        Oral("antibiotic", 3, AfterMeals, AcuteDays, D("6132016F2020", 3), PatientAges.Everyone),
        Oral("antibiotic", 2, AfterBreakfast, AcuteDays, D("6241013F3027", 1)),
        Oral("antibiotic", 1, AfterBreakfastAndDinner, AcuteDays, D("6241008F2020", 2)),
        Oral("analgesic", 5, AfterMeals, AcuteDays, D("1149019F1560", 3), D("2329021F1102", 3)),
        Oral("analgesic", 3, AfterMeals, AcuteDays, D("1149019F1013", 3), D("2329021F1013", 3)),
        Oral("analgesic", 1, AfterMeals, AcuteDays, D("1147002F1560", 3), D("2329021F1102", 3)),
        Oral("analgesic", 2, AfterMeals, AcuteDays, D("1141007F3023", 3)),
        Oral("analgesic", 1.5, AfterMeals, AcuteDays, D("1141007F1063", 3), PatientAges.Children),
        Oral("antifungal", 1.5, AfterBreakfastAndDinner, PulseDays, D("6290004M1029", 8)),
        Oral("antifungal", 0.5, AfterBreakfastAndDinner, PulseDays, D("6290004F1070", 8)),
        Oral("gut", 2, AfterMeals, AcuteDays, D("2316020F1029", 3), PatientAges.Everyone),
        Oral("gut", 1, AfterBreakfastAndDinner, AcuteDays, D("2325003F1024", 2)),
        Oral("gut", 1, AfterBreakfastAndDinner, AcuteDays, D("2325003F4031", 2)),
        Oral("gut", 1, AfterBreakfast, AcuteDays, D("2329030F2027", 1)),
        Oral("steroid", 0.5, AfterBreakfast, AcuteDays, D("2456003F2030", 2)),
        Oral("steroid", 0.5, AfterBreakfastAndDinner, AcuteDays, D("2454004F2090", 2)),
        Oral("allergy", 2, AfterBreakfastAndDinner, SeasonalDays, D("4490025F2020", 2)),
    ];

    /// <summary>外用 written beside an acute visit: 湿布, ゲル, 軟膏.</summary>
    public static IReadOnlyList<Therapy> Topical { get; } =
    [
        External("patch", 4, PatchOnce, Sheets, D("2649735S2024")),
        External("patch", 2, PatchOnce, Sheets, D("2649735S1028")),
        External("patch", 3, PatchOnce, Sheets, D("2649729S2169")),
        External("patch", 1, PatchTwice, Sheets, D("2649729S1154")),
        External("patch", 1, PatchOnce, Sheets, D("2649734S1074")),
        External("gel", 1, SpreadThreeTimes, Tubes, D("2649734Q1069")),
        External("steroid-ointment", 2, SpreadTwice, SmallTubes, D("2646701M2156"), PatientAges.Everyone),
        External("steroid-ointment", 2, SpreadTwice, SmallTubes, D("2647709M1102"), PatientAges.Everyone),
        External("steroid-ointment", 1, SpreadTwice, SmallTubes, D("2646730M1059")),
        External("ointment", 1, SpreadThreeTimes, SmallTubes, D("2634710M1077"), PatientAges.Everyone),
        External("ointment", 1, SpreadThreeTimes, SmallTubes, D("2649716M1042"), PatientAges.Everyone),
        External("moisturizer", 2, SpreadTwice, Tubes, D("3339950M1137"), PatientAges.Everyone),
    ];

    /// <summary>頓服 written beside an acute visit.</summary>
    public static IReadOnlyList<Therapy> AsNeeded { get; } =
    [
        Rescue("pain", 4, WhenInPain, D("1149019F1560", 1)),
        Rescue("fever", 3, WhenFeverish, D("1141007F1063", 2), PatientAges.Everyone),
        Rescue("angina", 0.4, AtChestPain, D("2171018K1039", 1)),
        Rescue("migraine", 0.3, AtHeadache, D("1149109F1034", 1)),
    ];

    private static TherapyDrug D(string priceListCode, decimal quantity = 0) => new(priceListCode, quantity);

    private static Therapy Oral(string group, double weight, RpUsage usage, int[] days, TherapyDrug drug, PatientAges ages = PatientAges.Adults) =>
        new(group, DosageForm.Internal, usage, days, [drug], weight, ages);

    private static Therapy Oral(string group, double weight, RpUsage usage, int[] days, TherapyDrug first, TherapyDrug second, PatientAges ages = PatientAges.Adults) =>
        new(group, DosageForm.Internal, usage, days, [first, second], weight, ages);

    private static Therapy External(string group, double weight, RpUsage usage, int[] amounts, TherapyDrug drug, PatientAges ages = PatientAges.Adults) =>
        new(group, DosageForm.External, usage, amounts, [drug], weight, ages);

    private static Therapy Rescue(string group, double weight, RpUsage usage, TherapyDrug drug, PatientAges ages = PatientAges.Adults) =>
        new(group, DosageForm.AsNeeded, usage, Times, [drug], weight, ages);
}
