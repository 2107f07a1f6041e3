using System.Text.Json;
using System.Text.Json.Serialization;
using Tsunagu.Domain.People;
using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Storage;

/// <summary>How domain records are stored as JSON documents: camelCase, nulls omitted, source-generated for speed.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Coverage))]
[JsonSerializable(typeof(Prescription))]
[JsonSerializable(typeof(DispensingResult))]
public sealed partial class StorageJson : JsonSerializerContext;
