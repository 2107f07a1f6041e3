using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Tsunagu.Formats.Tests.Prescriptions;

/// <summary>Typed access to the entries of a Bundle under test, and its JSON.</summary>
internal static class Entries
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    public static T At<T>(Bundle bundle, int index)
        where T : Resource => (T)bundle.Entry[index].Resource!;

    /// <summary>The entry index of the <paramref name="nth"/> resource of type <typeparamref name="T"/>.</summary>
    public static int IndexOf<T>(Bundle bundle, int nth = 0)
        where T : Resource =>
        bundle.Entry.Select((e, i) => (e, i)).Where(x => x.e.Resource is T).Select(x => x.i).ElementAt(nth);

    public static IEnumerable<T> All<T>(Bundle bundle)
        where T : Resource => bundle.Entry.Select(e => e.Resource).OfType<T>();

    public static byte[] Json(Bundle bundle) => JsonSerializer.SerializeToUtf8Bytes(bundle, Options);
}
