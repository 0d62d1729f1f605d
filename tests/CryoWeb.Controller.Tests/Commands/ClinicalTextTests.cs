using CryoWeb.Controller.Text;

namespace CryoWeb.Controller.Tests.Commands;

/// <summary>
/// Issue 13 re-test: labels with a zero-width space, a byte-order mark or a line separator were accepted, so two patient
/// references could look the same on screen. Such characters are refused by name and position.
/// </summary>
public class ClinicalTextTests
{
    [Theory]
    [InlineData("Case\u200B117", 5, "200B")]
    [InlineData("\uFEFFCase 117", 1, "FEFF")]
    [InlineData("Case 117\u2028", 9, "2028")]
    [InlineData("Case\u2060117", 5, "2060")]
    public void An_invisible_character_or_line_break_is_refused_naming_where(string label, int position, string code)
    {
        string? problem = ClinicalText.ProcedureLabel.Problem(label);

        Assert.NotNull(problem);
        Assert.Contains($"character {position} is an invisible character or a line break", problem, StringComparison.Ordinal);
        Assert.Contains($"(U+{code})", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Case 117")]
    [InlineData("Rein gauche – cas 12")]
    [InlineData("\u0645\u0631\u064A\u0636 \u0663")]
    [InlineData("\u0928\u094D\u200D\u0928")]
    public void Ordinary_names_in_any_script_pass(string label) => Assert.Null(ClinicalText.ProcedureLabel.Problem(label));
}
