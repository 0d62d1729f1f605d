namespace CryoWeb.Controller.Safety;

/// <summary>What a thermal sensor watches.</summary>
public enum SensorRole
{
    /// <summary>Not watched (a spare or informational needle).</summary>
    None,

    /// <summary>The tumour margin: reaching -20 / -40 C is an information signal.</summary>
    Margin,

    /// <summary>A structure that must not freeze (urethra, bowel, nerve, skin): past its limit is a high alarm.</summary>
    CriticalStructure,
}
