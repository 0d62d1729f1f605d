using CsCheck;

namespace CryoWeb.Controller.Tests.Fuzzing;

/// <summary>
/// Property-based fuzzing of every controller command (issue 5, bad input): random walks of commands with random and
/// out-of-range values on the simulated console. No exception escapes, a refusal names the field and changes
/// nothing (checked against a twin console that did not get the command), and what is accepted stays in range.
/// </summary>
public class CommandFuzzTests
{
    [Fact]
    public void Random_command_sequences_never_throw_refusals_change_nothing_and_accepted_ones_stay_in_range()
    {
        int accepted = 0, refused = 0;
        CommandGenerators.Operation.Array[1, 16].Sample(
            operations =>
            {
                var twins = new TwinConsoles();
                foreach (var operation in operations)
                {
                    twins.Apply(operation);
                }

                accepted += twins.Accepted;
                refused += twins.Refused;
            },
            iter: 400,
            threads: 1,
            print: operations => string.Join(Environment.NewLine, operations.Select(o => o.Description)));

        // The generators must reach both sides, or the property says little.
        Assert.True(accepted > 50, $"only {accepted} operations accepted");
        Assert.True(refused > 200, $"only {refused} operations refused");
    }
}
