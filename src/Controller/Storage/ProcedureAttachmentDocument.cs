using System.Globalization;
using LiteDB;

namespace CryoWeb.Controller.Storage;

/// <summary>
/// Explicit mapping of <see cref="ProcedureAttachment"/>. The id is "{procedure:N}/{kind}", so saving a kind again
/// upserts the same document.
/// </summary>
internal static class ProcedureAttachmentDocument
{
    public static string Id(Guid procedureId, string kind) => string.Create(CultureInfo.InvariantCulture, $"{procedureId:N}/{kind}");

    public static BsonDocument ToBson(ProcedureAttachment a) => new()
    {
        ["_id"] = Id(a.ProcedureId, a.Kind),
        ["ProcedureId"] = a.ProcedureId,
        ["Kind"] = a.Kind,
        ["Json"] = a.Json,
        ["Saved"] = StoredValues.ToBson(a.SavedAt),
    };

    public static ProcedureAttachment FromBson(BsonDocument d) => new(
        d["ProcedureId"].AsGuid,
        d["Kind"].AsString,
        d["Json"].AsString,
        StoredValues.FromBson(d["Saved"]));
}
