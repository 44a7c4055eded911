// The business taxonomy every process shares: which kinds a site document may name, the layout family each
// belongs to (which decides pages, sections and the copy the offline generator writes), and the schema.org
// type its JSON-LD carries. The vocabulary that recognises a kind in a brief is generator data and lives
// with the generator (operator/src/site/brief/data/); this table is only the contract.

export const KIND_FAMILIES = [
  'food-drink',
  'lodging',
  'health',
  'beauty',
  'fitness',
  'trades',
  'professional',
  'creative',
  'education',
  'retail',
  'community',
  'technology',
  'events',
  'animals',
  'neutral',
] as const;
export type KindFamily = (typeof KIND_FAMILIES)[number];

export interface BusinessKindInfo {
  family: KindFamily;
  /**
   * A real schema.org type for the site's JSON-LD: a LocalBusiness or Organization subtype, or, where the
   * business is the place itself and schema.org has no organisation type for it (places of worship, event
   * venues, museums), a CivicStructure. Where schema.org has no type for a trade (a dog groomer, a
   * cleaning company, a wedding planner) it gets the nearest real parent, never an invented name.
   */
  schemaType: string;
}

// The first fifteen ids are those documents written before the taxonomy used; they stay valid forever.
// The rest are grouped by family. Ids are kebab-case English nouns for what the business is.
export const BUSINESS_KIND_INFO = {
  restaurant: { family: 'food-drink', schemaType: 'Restaurant' },
  bakery: { family: 'food-drink', schemaType: 'Bakery' },
  salon: { family: 'beauty', schemaType: 'HairSalon' },
  'law-firm': { family: 'professional', schemaType: 'LegalService' },
  clinic: { family: 'health', schemaType: 'MedicalClinic' },
  saas: { family: 'technology', schemaType: 'Organization' },
  portfolio: { family: 'creative', schemaType: 'ProfessionalService' },
  trades: { family: 'trades', schemaType: 'HomeAndConstructionBusiness' },
  fitness: { family: 'fitness', schemaType: 'ExerciseGym' },
  nonprofit: { family: 'community', schemaType: 'NGO' },
  agency: { family: 'creative', schemaType: 'ProfessionalService' },
  'real-estate': { family: 'professional', schemaType: 'RealEstateAgent' },
  hotel: { family: 'lodging', schemaType: 'Hotel' },
  school: { family: 'education', schemaType: 'EducationalOrganization' },
  generic: { family: 'neutral', schemaType: 'LocalBusiness' },

  cafe: { family: 'food-drink', schemaType: 'CafeOrCoffeeShop' },
  bar: { family: 'food-drink', schemaType: 'BarOrPub' },
  brewery: { family: 'food-drink', schemaType: 'Brewery' },
  winery: { family: 'food-drink', schemaType: 'Winery' },
  distillery: { family: 'food-drink', schemaType: 'Distillery' },
  'ice-cream-shop': { family: 'food-drink', schemaType: 'IceCreamShop' },
  // A cabane à sucre serves the sugaring-season meal where the syrup is made: a place to eat.
  'sugar-shack': { family: 'food-drink', schemaType: 'Restaurant' },
  // A Heuriger, Buschenschank or Weinstube pours wine, often the house's own, with cold food: a wine bar.
  'wine-tavern': { family: 'food-drink', schemaType: 'BarOrPub' },

  'bed-and-breakfast': { family: 'lodging', schemaType: 'BedAndBreakfast' },
  hostel: { family: 'lodging', schemaType: 'Hostel' },
  campground: { family: 'lodging', schemaType: 'Campground' },
  'vacation-rental': { family: 'lodging', schemaType: 'VacationRental' },
  retreat: { family: 'lodging', schemaType: 'Resort' },

  dentist: { family: 'health', schemaType: 'Dentist' },
  physiotherapy: { family: 'health', schemaType: 'Physiotherapy' },
  optician: { family: 'health', schemaType: 'Optician' },
  pharmacy: { family: 'health', schemaType: 'Pharmacy' },
  pediatrics: { family: 'health', schemaType: 'Physician' },
  therapist: { family: 'health', schemaType: 'MedicalBusiness' },
  nutritionist: { family: 'health', schemaType: 'DietNutrition' },
  'home-care': { family: 'health', schemaType: 'MedicalBusiness' },

  barber: { family: 'beauty', schemaType: 'HairSalon' },
  'nail-salon': { family: 'beauty', schemaType: 'NailSalon' },
  'beauty-salon': { family: 'beauty', schemaType: 'BeautySalon' },
  spa: { family: 'beauty', schemaType: 'DaySpa' },
  'tattoo-studio': { family: 'beauty', schemaType: 'TattooParlor' },
  // A sauna, banya or bathhouse is bathing for health and rest; schema.org's nearest type is the day spa's.
  sauna: { family: 'beauty', schemaType: 'DaySpa' },

  'yoga-studio': { family: 'fitness', schemaType: 'SportsActivityLocation' },
  'martial-arts': { family: 'fitness', schemaType: 'SportsActivityLocation' },
  'personal-trainer': { family: 'fitness', schemaType: 'HealthAndBeautyBusiness' },
  'sports-club': { family: 'fitness', schemaType: 'SportsClub' },
  'riding-school': { family: 'fitness', schemaType: 'SportsActivityLocation' },
  'surf-school': { family: 'fitness', schemaType: 'SportsActivityLocation' },
  'ski-school': { family: 'fitness', schemaType: 'SportsActivityLocation' },

  plumber: { family: 'trades', schemaType: 'Plumber' },
  electrician: { family: 'trades', schemaType: 'Electrician' },
  roofer: { family: 'trades', schemaType: 'RoofingContractor' },
  'house-painter': { family: 'trades', schemaType: 'HousePainter' },
  locksmith: { family: 'trades', schemaType: 'Locksmith' },
  hvac: { family: 'trades', schemaType: 'HVACBusiness' },
  builder: { family: 'trades', schemaType: 'GeneralContractor' },
  'auto-repair': { family: 'trades', schemaType: 'AutoRepair' },
  'motorcycle-repair': { family: 'trades', schemaType: 'MotorcycleRepair' },
  'car-wash': { family: 'trades', schemaType: 'AutoWash' },
  // schema.org's only bicycle type is BikeStore, a Store: a workshop that repairs is a trade, so it gets the
  // nearest real parent, as AutoRepair's parent AutomotiveBusiness is for cars.
  'bike-repair': { family: 'trades', schemaType: 'LocalBusiness' },
  'moving-company': { family: 'trades', schemaType: 'MovingCompany' },
  cleaning: { family: 'trades', schemaType: 'HomeAndConstructionBusiness' },
  landscaper: { family: 'trades', schemaType: 'HomeAndConstructionBusiness' },
  // A tailor or dressmaker alters and makes clothes to order: a service workshop, not a ClothingStore, and
  // schema.org has no type for it, so it gets the nearest real parent.
  tailor: { family: 'trades', schemaType: 'LocalBusiness' },
  // A joiner or cabinetmaker makes furniture, kitchens and stairs to order: a workshop, not a FurnitureStore.
  cabinetmaker: { family: 'trades', schemaType: 'HomeAndConstructionBusiness' },
  // schema.org has no type for a piano tuner or technician, so it gets the nearest real parent.
  'piano-tuner': { family: 'trades', schemaType: 'LocalBusiness' },
  // A self-service laundry is a trade's service like the laundry and dry cleaner of `cleaning`, not the
  // neutral family, which is `generic`'s alone (no kind of its own, the brief's noun).
  laundromat: { family: 'trades', schemaType: 'DryCleaningOrLaundry' },

  notary: { family: 'professional', schemaType: 'Notary' },
  accountant: { family: 'professional', schemaType: 'AccountingService' },
  'financial-advisor': { family: 'professional', schemaType: 'FinancialService' },
  'insurance-agency': { family: 'professional', schemaType: 'InsuranceAgency' },
  architect: { family: 'professional', schemaType: 'ProfessionalService' },
  consultant: { family: 'professional', schemaType: 'ProfessionalService' },
  'recruitment-agency': { family: 'professional', schemaType: 'EmploymentAgency' },
  'travel-agency': { family: 'professional', schemaType: 'TravelAgency' },
  coworking: { family: 'professional', schemaType: 'LocalBusiness' },
  translator: { family: 'professional', schemaType: 'ProfessionalService' },
  // schema.org has no funeral type; an undertaker is a local service business.
  'funeral-home': { family: 'professional', schemaType: 'LocalBusiness' },

  photographer: { family: 'creative', schemaType: 'ProfessionalService' },
  videographer: { family: 'creative', schemaType: 'ProfessionalService' },
  musician: { family: 'creative', schemaType: 'MusicGroup' },
  'art-gallery': { family: 'creative', schemaType: 'ArtGallery' },
  'interior-designer': { family: 'creative', schemaType: 'ProfessionalService' },
  taxidermist: { family: 'creative', schemaType: 'ProfessionalService' },

  tutoring: { family: 'education', schemaType: 'EducationalOrganization' },
  'music-teacher': { family: 'education', schemaType: 'EducationalOrganization' },
  'language-school': { family: 'education', schemaType: 'EducationalOrganization' },
  'driving-school': { family: 'education', schemaType: 'EducationalOrganization' },
  'dance-school': { family: 'education', schemaType: 'EducationalOrganization' },
  childcare: { family: 'education', schemaType: 'ChildCare' },

  shop: { family: 'retail', schemaType: 'Store' },
  florist: { family: 'retail', schemaType: 'Florist' },
  bookstore: { family: 'retail', schemaType: 'BookStore' },
  'clothing-store': { family: 'retail', schemaType: 'ClothingStore' },
  'jewelry-store': { family: 'retail', schemaType: 'JewelryStore' },
  'pet-store': { family: 'retail', schemaType: 'PetStore' },
  'hardware-store': { family: 'retail', schemaType: 'HardwareStore' },
  'bike-shop': { family: 'retail', schemaType: 'BikeStore' },
  'grocery-store': { family: 'retail', schemaType: 'GroceryStore' },
  'wine-shop': { family: 'retail', schemaType: 'LiquorStore' },
  'car-dealer': { family: 'retail', schemaType: 'AutoDealer' },
  // A beekeeper's website sells its honey and wax; schema.org has no farm type, so it is a Store.
  beekeeper: { family: 'retail', schemaType: 'Store' },

  'place-of-worship': { family: 'community', schemaType: 'PlaceOfWorship' },
  library: { family: 'community', schemaType: 'Library' },
  museum: { family: 'community', schemaType: 'Museum' },

  'it-services': { family: 'technology', schemaType: 'ProfessionalService' },
  'software-development': { family: 'technology', schemaType: 'ProfessionalService' },

  'wedding-planner': { family: 'events', schemaType: 'ProfessionalService' },
  'event-planner': { family: 'events', schemaType: 'ProfessionalService' },
  'event-venue': { family: 'events', schemaType: 'EventVenue' },
  catering: { family: 'events', schemaType: 'FoodEstablishment' },
  'tour-operator': { family: 'events', schemaType: 'TravelAgency' },
  // A festival's own schema.org type (Festival) is an Event, not who runs it; its organiser is an Organization.
  festival: { family: 'events', schemaType: 'Organization' },
  // A DJ hired for weddings and parties is entertainment for an event, not a recording artist (MusicGroup).
  dj: { family: 'events', schemaType: 'EntertainmentBusiness' },
  'escape-room': { family: 'events', schemaType: 'EntertainmentBusiness' },
  entertainer: { family: 'events', schemaType: 'EntertainmentBusiness' },
  'bowling-alley': { family: 'events', schemaType: 'BowlingAlley' },

  veterinary: { family: 'animals', schemaType: 'VeterinaryCare' },
  'animal-shelter': { family: 'animals', schemaType: 'AnimalShelter' },
  'pet-groomer': { family: 'animals', schemaType: 'LocalBusiness' },
  'pet-sitter': { family: 'animals', schemaType: 'LocalBusiness' },
  'dog-trainer': { family: 'animals', schemaType: 'LocalBusiness' },
  // schema.org has no type for a farrier, who shoes and trims horses' hooves on the yard: a local service.
  farrier: { family: 'animals', schemaType: 'LocalBusiness' },
} as const satisfies Record<string, BusinessKindInfo>;

export type BusinessKind = keyof typeof BUSINESS_KIND_INFO;
export const BUSINESS_KINDS = Object.keys(BUSINESS_KIND_INFO) as BusinessKind[];

export function kindInfo(kind: unknown): BusinessKindInfo {
  return typeof kind === 'string' && Object.hasOwn(BUSINESS_KIND_INFO, kind)
    ? BUSINESS_KIND_INFO[kind as BusinessKind]
    : BUSINESS_KIND_INFO.generic;
}
