import { exampleSuite } from "./suite.js";

exampleSuite("javascript");
