using System.Text.Json;
using System.Text.Json.Serialization;
using Tsunagu.Domain.People;

namespace Tsunagu.Formats.Members;

/// <summary>
/// JSON of member records: camelCase national element names; an unknown member is an error (a misspelt field must
/// not be dropped silently).
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(MemberRecordDraft))]
[JsonSerializable(typeof(IAsyncEnumerable<MemberRecordDraft>))]
public sealed partial class MemberJson : JsonSerializerContext;
