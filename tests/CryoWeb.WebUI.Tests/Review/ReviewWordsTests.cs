using CryoWeb.Controller.Storage;
using CryoWeb.WebUI.Review;

namespace CryoWeb.WebUI.Tests.Review;

/// <summary>The review's words for states: what a clinician reads, never an enum name.</summary>
public class ReviewWordsTests
{
    [Theory]
    [InlineData(ProcedureState.Created, "Set up, not started")]
    [InlineData(ProcedureState.Running, "Running")]
    [InlineData(ProcedureState.Finished, "Finished")]
    [InlineData(ProcedureState.Interrupted, "Interrupted (the console stopped)")]
    [InlineData((ProcedureState)42, "Unknown")]
    public void A_procedure_state_reads_in_words(ProcedureState state, string expected) =>
        Assert.Equal(expected, ReviewWords.State(state));
}
