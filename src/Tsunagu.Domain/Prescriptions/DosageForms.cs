namespace Tsunagu.Domain.Prescriptions;

/// <summary>The Japanese name of each <see cref="DosageForm"/> (剤形区分), as answers show it.</summary>
public static class DosageForms
{
    public static string Japanese(DosageForm form) => form switch
    {
        DosageForm.Internal => "内服",
        DosageForm.AsNeeded => "頓服",
        DosageForm.External => "外用",
        DosageForm.InternalDrops => "内服滴剤",
        DosageForm.Injection => "注射",
        DosageForm.MedicalMaterial => "医療材料",
        _ => "不明",
    };
}
