using Tsunagu.Domain.Eligibility;

namespace Tsunagu.Formats.Eligibility.Xml;

/// <summary>
/// Tsunagu's extension to the result: the 公費 entitlements (受給者証 information) in force, as
/// PublicExpenseRecipientList/PublicExpenseRecipientInfo in the national naming style. The national layout has no such
/// list for 公費 other than 医療扶助, so these names are Tsunagu's own; the list is left out when there is nothing in it.
/// </summary>
internal static class PublicExpenseXml
{
    public static void Write(XmlMsgWriter xml, IReadOnlyList<PublicExpenseRecipient> recipients)
    {
        if (recipients.Count == 0)
        {
            return;
        }

        xml.List("PublicExpenseRecipientList", "PublicExpenseRecipientInfo", recipients, recipient =>
        {
            xml.Leaf("PublicExpensePayerNumber", recipient.PublicPayerNumber);
            xml.Leaf("PublicExpenseRecipientNumber", recipient.RecipientNumber);
            xml.Leaf("PublicExpenseProgram", recipient.Program);
            xml.Date("PublicExpenseValidStartDate", recipient.ValidFrom);
            xml.Date("PublicExpenseValidEndDate", recipient.ValidTo);
        });
    }
}
