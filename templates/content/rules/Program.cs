// The generated types live in this project's namespace; code inside it finds them whatever the project is called
// (a project named after a type, 'Parcel', would otherwise read 'Parcel' as the namespace).
namespace ModelDslApp;

internal static class Program
{
    private static void Main()
    {
        var parcel = new Parcel { WeightKg = 2.5, Express = true, Destination = ParcelDestination.Europe };
        var decision = ShippingPolicy.Evaluate(in parcel);                 // a struct; allocates nothing
        Console.WriteLine($"{decision.Outcome.ToDslName()} by rule '{decision.RuleName}': {decision.Reason}");
        Console.WriteLine(ShippingPolicy.Explain(in parcel));               // every rule and each condition's value
    }
}
