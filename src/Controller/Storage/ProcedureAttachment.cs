namespace CryoWeb.Controller.Storage;

/// <summary>
/// A JSON document kept with a procedure, one per <see cref="Kind"/> ("plan", "iceball-estimate", ...): saving the
/// same kind again replaces it. The store does not parse <see cref="Json"/>; callers check its content.
/// </summary>
public sealed record ProcedureAttachment(Guid ProcedureId, string Kind, string Json, DateTimeOffset SavedAt)
{
    /// <summary>Longest <see cref="Kind"/>, in characters.</summary>
    public const int MaxKindLength = 40;

    /// <summary>Longest <see cref="Json"/>, in characters (UTF-16 code units).</summary>
    public const int MaxJsonLength = 1_000_000;

    /// <summary>1 to <see cref="MaxKindLength"/> characters of a-z, 0-9 and '-'.</summary>
    public static bool IsValidKind(string? kind)
    {
        if (string.IsNullOrEmpty(kind) || kind.Length > MaxKindLength)
        {
            return false;
        }

        foreach (var c in kind)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Not empty and at most <see cref="MaxJsonLength"/> characters.</summary>
    public static bool IsValidJson(string? json) => !string.IsNullOrEmpty(json) && json.Length <= MaxJsonLength;
}
