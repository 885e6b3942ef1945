using ModelDslApp;

var parcel = new Parcel { WeightKg = 2.5, Express = true, Destination = ParcelDestination.Europe };
var decision = ShippingPolicy.Evaluate(in parcel);                 // a struct; allocates nothing
Console.WriteLine($"{decision.Outcome.ToDslName()} by rule '{decision.RuleName}': {decision.Reason}");
Console.WriteLine(ShippingPolicy.Explain(in parcel));               // every rule and each condition's value
